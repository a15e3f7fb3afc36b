import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
String log = base.resolve('build.log').toFile().getText('UTF-8')
// The runs were in debug mode, where Maven prints every field it sets: the secret ones unevaluated.
assert log.contains('[DEBUG]   (f) password = <password>${duende.password}</password>')
assert log.contains('[DEBUG]   (f) url = <url>${duende.url}</url>')
// Each inspect run reached its database (the messages quote the URL masked, and what the driver said scrubbed).
assert log.readLines().count { it.startsWith('[ERROR] Failed to execute goal') && it.contains('no Duende tables in schema PUBLIC') } == 3 :
        'the property, server and environment runs connected'
assert log.contains('cannot connect to jdbc:h2:mem:b;PASSWORD=****: Duplicate property "PASSWORD"')
assert log.contains('cannot connect to jdbc:mariadb://127.0.0.1:1/test?user=root&password=****: Socket fail to connect')
assert log.contains('cannot connect to jdbc:mariadb://root:****@127.0.0.1:1/test: Incorrect port value : ****@127.0.0.1')
assert log.contains('[INFO] Upgrade path 6.1.8 -> 6.1.8')

// No trace of any of the passwords, in the output or in any file a run wrote.
List<String> inputs = ['invoker.properties', 'server-settings.xml', 'verify.groovy']
List<String> leaks = []
Files.walk(base).filter { Files.isRegularFile(it) && !inputs.contains(base.relativize(it).toString()) }.each { Path f ->
    String text = new String(Files.readAllBytes(f), 'ISO-8859-1')
    if (f.fileName.toString() == 'build.log') {
        // Maven 4 under -X prints the command line it was started with, -D options and all: what the user typed.
        text = text.readLines().findAll { !it.startsWith('Command line: ') }.join('\n')
    }
    if (text.contains('Plain9Secret') || text.contains('Semi;colon')) {
        leaks << base.relativize(f).toString()
    }
}
assert leaks.isEmpty() : "a password was written to ${leaks}"
true
