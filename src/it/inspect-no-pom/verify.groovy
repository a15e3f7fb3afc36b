import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
assert !Files.exists(base.resolve('pom.xml'))
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('[INFO] JDBC driver com.h2database:h2:')
assert log.contains("[INFO] Inspected jdbc:h2:mem:inspect_it;INIT=RUNSCRIPT FROM 'h2-6.1.sql' (H2 ")
assert log.contains('[INFO] configuration store (schema PUBLIC): generation 6.1, no drift')
assert log.contains('[INFO] operational store (schema PUBLIC): generation 6.1 (same schema as 6.3), no drift')
assert log.contains('[INFO]   managed by EF Core migrations (3 EF migrations recorded, last 20220608092034_Update_DuendeIdentityServer_v6_1)')
assert log.contains('[INFO]     6.3 -> 7.0 ServerSideSessions: widen identity column Id — full table copy')
assert log.contains(': cannot resolve the JDBC driver com.example.missing:no-such-driver:1.0 (Maven is offline and it is not in the local repository): add it as a plugin <dependency> or name another with duende.driver=groupId:artifactId:version -> [Help 1]')
assert !log.contains('it-Secret-9f3b')
assert !log.contains('\tat io.github.duendetools')
Path json = base.resolve('target/duende/inspect-report.json')
assert Files.exists(json) : 'the report goes under the scanned root without a POM'
String report = json.toFile().getText('UTF-8')
assert report.contains('"passed": true')
assert !report.contains('it-Secret-9f3b')
