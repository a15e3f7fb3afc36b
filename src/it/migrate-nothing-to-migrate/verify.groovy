import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log =~ /No Duende IdentityServer package found under [^\n]*repo: nothing written \(for changelogs without a \.NET tree, set duende\.baseline=true and duende\.targetVersion\)/
assert !log.contains('nothing to change')
assert log.contains('BUILD FAILURE')
assert !Files.exists(base.resolve('target/duende'))
assert !Files.exists(base.resolve('src/main/resources/db/changelog/duende')) : 'a refused migration wrote changelogs'
