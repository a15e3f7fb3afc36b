// Shared by the migrate ITs: every file under `expected` must equal its counterpart under `actual`
// byte for byte. Evaluated by a verify.groovy; returns the check as a closure.
import java.nio.file.Files
import java.nio.file.Path

return { Path expected, Path actual ->
    Files.walk(expected).filter { Files.isRegularFile(it) }.each { Path e ->
        Path a = actual.resolve(expected.relativize(e).toString())
        assert Files.exists(a) : "missing ${a}"
        assert Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(a)) : "${a} differs from ${e}"
    }
}
