import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 6.3.0 (src/Idp/Idp.csproj:9)')
assert log.contains('[INFO] src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer.EntityFramework 6.3.0 (src/Idp/Idp.csproj:10)')
assert log.contains('[INFO] Upgrade path 6.3.0 -> 7.0.0: 1 step')
assert log.contains('[INFO]   6.3 -> 7.0 (7.0.0): configuration schema change, operational schema change; 10 breaking changes; frameworks net8.0')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/duende/upgrade-report.json'))
assert report.current == '6.3.0'
assert report.target == '7.0.0'
assert report.passed == true
assert report.references.size() == 2
assert report.references[0].declaredAt == [file: 'src/Idp/Idp.csproj', line: 9]
assert report.steps*.to == ['7.0']
assert report.steps[0].fromGeneration == '6.3'
assert new File(basedir, 'target/duende/upgrade-report.md').text.contains('### 6.3 → 7.0')
// the check changes no file of the repository
assert new File(basedir, 'src/Idp/Idp.csproj').text.contains('Version="6.3.0"')
