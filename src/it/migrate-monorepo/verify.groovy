import java.nio.file.Files
import java.nio.file.Path

// Every Duende declaration in scope moved, used or not, and nothing else changed.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')

// check-upgrade: one line per project, framework and package, from the nested props file too
assert log.contains('[INFO] bff/Bff/Bff.csproj [net8.0]: Duende.IdentityServer.AspNetIdentity 7.0.6 (bff/Directory.Packages.props:4)')
assert log.contains('[INFO] src/Host/Host.csproj [net9.0]: Duende.IdentityServer.EntityFramework 7.0.6 (Directory.Packages.props:7)')
assert log.contains('[INFO] src/Legacy/Legacy.csproj [net8.0]: Duende.IdentityServer 7.0.8 (src/Legacy/Legacy.csproj:8)')
// 7.0.6 and 7.0.8 share a schema: warnings, planned from the oldest
assert log.contains('[WARNING] INCONSISTENT_VERSIONS src/Legacy/Legacy.csproj:8: projects disagree on the Duende version (7.0.6, 7.0.8): Legacy.csproj [net8.0] uses 7.0.8; they share schema generation 7.0, so the plan starts from the oldest, 7.0.6')
assert log.contains('[INFO] Upgrade path 7.0.6 -> 7.4.8: 4 steps')
assert log.contains('[WARNING] UNUSED_DECLARATION tests/Directory.Packages.props:6: Duende.IdentityServer 7.0.0 is declared but no project in scope uses it; migrate moves it with the family')
assert log.contains('[INFO] UNUSED_DECLARATION Directory.Packages.props:9: Duende.IdentityServer.Storage 7.0.6 is declared but no project in scope uses it; migrate moves it with the family')
assert !log.contains('[ERROR]')

// migrate: four files, the opted-out project and both unused declarations included
assert log.contains('[INFO] Updated tests/Directory.Packages.props')
assert log.contains('[INFO] Updated src/Legacy/Legacy.csproj')
assert log.contains('[INFO] Moved Duende IdentityServer to 7.4.8 in 4 files.')
assert Files.exists(base.resolve('changelog/duende-changelog.xml'))

// the second migrate finds nothing left behind
assert log.contains('[INFO] Already at 7.4.8: nothing to change.')
assert log.count('BUILD SUCCESS') == 3
