import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
// the version is declared where the property is defined, not where it is used
assert log.contains('[INFO] src/Admin/Admin.csproj [net7.0]: Duende.IdentityServer.EntityFramework 6.2.3 (Directory.Build.props:4)')
assert log.contains('[INFO] src/Idp/Idp.csproj [net7.0]: Duende.IdentityServer 6.2.3 (Directory.Build.props:4)')
assert log.contains('[INFO] Upgrade path 6.2.3 -> 6.3.10: 1 step')
assert log.contains('[INFO]   6.2 -> 6.3 (6.3.10): configuration schema change, operational no change; 5 breaking changes; frameworks net6.0;net7.0')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/duende/upgrade-report.json'))
assert report.references*.kind.unique() == ['PROPERTY']
assert report.references*.declared.unique() == ['6.2.3']
assert report.findings.every { it.severity != 'ERROR' }
