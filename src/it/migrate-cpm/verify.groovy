import java.nio.file.Files
import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('Updated Directory.Packages.props')
assert log.contains('Updated src/Admin/Admin.csproj')
assert !log.contains('Updated src/Idp/Idp.csproj')
