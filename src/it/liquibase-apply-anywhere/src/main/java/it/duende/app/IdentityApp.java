package it.duende.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IdentityApp {
    public static void main(String[] args) {
        SpringApplication.run(IdentityApp.class, args);
    }
}
