import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log =~ /duende\.targetFramework=net9\.0 is not understood: no Duende project under [^\n]*repo declares it; use net8\.0 -> \[Help 1\]/
assert !log.contains('Already at 7.4.8')
assert log.contains('BUILD FAILURE')
assert !Files.exists(base.resolve('target/duende'))
assert !Files.exists(base.resolve('src/main/resources/db/changelog/duende')) : 'a refused migration wrote changelogs'
