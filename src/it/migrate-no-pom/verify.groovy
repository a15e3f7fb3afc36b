import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
assert !Files.exists(base.resolve('pom.xml'))
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base)
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('Dry run: nothing written.')
assert log.contains('[INFO] -  <ItemGroup>') || log.contains('[INFO] -    <PackageReference Include="Duende.IdentityServer" Version="6.0.0" />')
assert log.contains('Updated src/Idp/Idp.csproj')
Path patch = base.resolve('target/duende/migrate.patch')
assert Files.exists(patch) : 'the dry run writes its patch under the scanned root without a POM'
assert new String(Files.readAllBytes(patch), 'UTF-8').contains('+++ b/src/Idp/Idp.csproj')
// Without a POM the changelogs go under the .NET repository, in a folder that makes sense there.
assert Files.exists(base.resolve('db/changelog/duende/duende-changelog.xml'))
assert !Files.exists(base.resolve('src/main/resources'))
