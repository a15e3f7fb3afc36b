import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
// both refusals, one line each, before the tree is read: no project line is logged
assert log.contains('duende.dryRun=ture is not understood: use true or false (did you mean true?)')
assert log =~ /duende\.tableNames: 'PersistedGrant' is not a Duende table; known: [^\n]*PersistedGrants[^\n]* \(did you mean PersistedGrants\?\)/
assert !log.contains('Duende.IdentityServer.EntityFramework 6.0.0')
assert log.contains('BUILD FAILURE')
assert !Files.exists(base.resolve('target/duende'))
assert !Files.exists(base.resolve('src/main/resources/db/changelog/duende')) : 'a refused migration wrote changelogs'
