import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte: only build/Override.props,
// the last file the wildcard import brings in, changes.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('src/Idp/Idp.csproj [net6.0]: Duende.IdentityServer 6.1.0 (build/Override.props:3)')
assert log.contains('Updated build/Override.props')
assert !log.contains('Updated Directory.Build.props')
assert !log.contains('Updated build/a.props')
