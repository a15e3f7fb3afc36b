import java.nio.file.Files
import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte.
Path base = basedir.toPath()
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
Path patch = base.resolve('target/duende/migrate.patch')
assert Files.exists(patch)
assert Arrays.equals(Files.readAllBytes(base.resolve('migrate.patch.expected')), Files.readAllBytes(patch)) : 'patch differs'
assert log.contains('--- a/Directory.Packages.props')
assert log.contains('Dry run: nothing written')
