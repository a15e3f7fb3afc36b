// Copies the shipped sample (samples/identity-host) into <basedir>/repo, for the ITs that run on it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

return { File basedir ->
    Path sample = basedir.toPath().resolve('../../../samples/identity-host').normalize()
    assert Files.isDirectory(sample) : "shipped sample not found at ${sample}"
    Path repo = basedir.toPath().resolve('repo')
    Files.walk(sample).each { Path source ->
        Path target = repo.resolve(sample.relativize(source).toString())
        if (Files.isDirectory(source)) {
            Files.createDirectories(target)
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES)
        }
    }
    true
}
