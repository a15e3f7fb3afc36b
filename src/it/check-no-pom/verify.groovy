import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/Idp/Idp.csproj [net10.0]: Duende.IdentityServer 7.4.8 (src/Idp/Idp.csproj:6)')
assert log.contains('[INFO] Upgrade path 7.4.8 -> 8.0.3: 1 step')
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/duende/upgrade-report.json'))
assert report.target == '8.0.3'
assert report.steps[0].configurationSchemaChange == true
