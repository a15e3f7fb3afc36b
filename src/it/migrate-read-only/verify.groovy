import java.nio.file.Files
import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte.
Path base = basedir.toPath()
Path expected = base.resolve('expected')
Files.walk(expected).filter { Files.isRegularFile(it) }.each { Path e ->
    Path actual = base.resolve('repo').resolve(expected.relativize(e).toString())
    assert Files.exists(actual) : "missing ${actual}"
    assert Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(actual)) : "${actual} differs from ${e}"
}
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('src/Admin/Admin.csproj: file is read-only; nothing was changed')
