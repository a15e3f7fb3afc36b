import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 6.3.0 (src/Idp/Idp.csproj:6)')
assert log.contains('[INFO] src/Admin/Admin.csproj [net8.0]: Duende.IdentityServer.EntityFramework 7.1.0 (src/Admin/Admin.csproj:7)')
assert log.contains('Unsupported Duende IdentityServer upgrade (2):')
assert log.contains('INCONSISTENT_VERSIONS src/Admin/Admin.csproj:7: projects disagree on the Duende version (6.3.0, 7.1.0): Admin.csproj [net8.0] uses 7.1.0; align them, or set duende.alignAll=true')
assert log.contains('INCONSISTENT_VERSIONS src/Idp/Idp.csproj:6: projects disagree on the Duende version (6.3.0, 7.1.0): Idp.csproj [net8.0] uses 6.3.0; align them, or set duende.alignAll=true')
assert !log.contains('duende.targetFramework')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/duende/upgrade-report.json'))
assert report.passed == false
assert report.current == null
assert report.findings.findAll { it.code == 'INCONSISTENT_VERSIONS' }*.location*.file.sort() == ['src/Admin/Admin.csproj', 'src/Idp/Idp.csproj']
