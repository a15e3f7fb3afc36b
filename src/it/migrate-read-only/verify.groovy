import java.nio.file.Files
import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('Migration refused, nothing written:')
assert log.contains('src/Admin/Admin.csproj: file is read-only')
// Refused before the first byte: no changelog either.
assert !Files.exists(base.resolve('src/main/resources/db/changelog/duende'))
