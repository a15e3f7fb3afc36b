import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
// duende.targetFramework=net8.0 picks the net8.0 branch; the net6.0 branch is out of scope
assert log.contains('[INFO] src/Idp/Idp.csproj [net8.0]: Duende.IdentityServer 7.0.8 (src/Idp/Idp.csproj:9)')
assert !log.contains('[INFO] src/Idp/Idp.csproj [net6.0]')
assert log.contains('[INFO] Upgrade path 7.0.8 -> 7.1.2: 1 step')
assert log.contains('[INFO]   7.0 -> 7.1 (7.1.2): configuration no change, operational no change; 2 breaking changes; frameworks net8.0;net9.0')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/duende/upgrade-report.json'))
assert report.references.size() == 1
assert report.references[0].targetFramework == 'net8.0'
