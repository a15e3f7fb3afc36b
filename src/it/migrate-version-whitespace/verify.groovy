import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte: the tab and the line break stay.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('src/Idp/Idp.csproj [net6.0]: Duende.IdentityServer 6.0.0 (src/Idp/Idp.csproj:6)')
assert log.contains('Updated src/Idp/Idp.csproj')
assert log.contains('BUILD SUCCESS')
