# Writes the migrate-* invoker ITs (python3 make-it-fixtures.py src/it). Bytes are spelled out
# here because BOMs, CRLF and windows-1252 do not survive copy and paste.
import os, sys
root = sys.argv[1]
POM = '''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>it.duende</groupId>
  <artifactId>%s</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <description>%s</description>
  <build>
    <plugins>
      <plugin>
        <groupId>@project.groupId@</groupId>
        <artifactId>@project.artifactId@</artifactId>
        <version>@project.version@</version>
        <configuration>
          <!-- The .NET repository lives in repo/; expected/ holds the byte-exact result. -->
          <projectRoot>${basedir}/repo</projectRoot>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
'''
def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'wb').write(data if isinstance(data, bytes) else data.encode())

def case(name, desc, files, expected, invoker, verify, setup=None):
    d = os.path.join(root, name)
    w(os.path.join(d, 'pom.xml'), POM % (name, desc))
    for p, b in files.items():
        w(os.path.join(d, 'repo', p), b)
    for p, b in expected.items():
        w(os.path.join(d, 'expected', p), b)
    w(os.path.join(d, 'invoker.properties'), invoker)
    w(os.path.join(d, 'verify.groovy'), verify)
    if setup:
        w(os.path.join(d, 'setup.groovy'), setup)

GOAL = '${project.groupId}:${project.artifactId}:${project.version}:migrate'
COMPARE = '''import java.nio.file.Files
import java.nio.file.Path

// Every file of expected/ must equal its counterpart in repo/ byte for byte.
Path base = basedir.toPath()
Path expected = base.resolve('expected')
Files.walk(expected).filter { Files.isRegularFile(it) }.each { Path e ->
    Path actual = base.resolve('repo').resolve(expected.relativize(e).toString())
    assert Files.exists(actual) : "missing ${actual}"
    assert Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(actual)) : "${actual} differs from ${e}"
}
String log = base.resolve('build.log').toFile().getText('UTF-8')
'''

# 1. attribute form: BOM + CRLF + tabs, two projects, second run changes nothing
app = b'\xef\xbb\xbf<Project Sdk="Microsoft.NET.Sdk.Web">\r\n\r\n\t<PropertyGroup>\r\n\t\t<TargetFramework>net6.0</TargetFramework>\r\n\t</PropertyGroup>\r\n\r\n\t<ItemGroup>\r\n\t\t<PackageReference Include="Duende.IdentityServer" Version="6.0.0" />\r\n\t\t<PackageReference Include="Serilog.AspNetCore" Version="6.0.0" />\r\n\t</ItemGroup>\r\n\r\n</Project>\r\n'
data = b"<Project Sdk='Microsoft.NET.Sdk'>\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <!-- EF stores for configuration and operational data -->\n    <PackageReference Version='6.0.0' Include='Duende.IdentityServer.EntityFramework' />\n  </ItemGroup>\n</Project>"
case('migrate-attribute', 'Version attribute in two projects; a second run changes nothing',
     {'src/Idp/Idp.csproj': app, 'src/Idp.Data/Idp.Data.csproj': data},
     {'src/Idp/Idp.csproj': app.replace(b'Duende.IdentityServer" Version="6.0.0"', b'Duende.IdentityServer" Version="6.1.0"'),
      'src/Idp.Data/Idp.Data.csproj': data.replace(b"Version='6.0.0'", b"Version='6.1.0'")},
     'invoker.goals.1 = ' + GOAL + ' -Dduende.targetVersion=6.1.0\ninvoker.goals.2 = ' + GOAL + ' -Dduende.targetVersion=6.1.0\n',
     COMPARE + '''assert log.contains('Updated src/Idp/Idp.csproj')
assert log.contains('Updated src/Idp.Data/Idp.Data.csproj')
assert log.contains('Already at 6.1.0: nothing to change.')
assert !Files.exists(base.resolve('target/duende/migrate.patch'))
''')

# 2. <Version> element, windows-1252 with non-ASCII bytes, lone CR would be too exotic here: LF
elem = b'<?xml version="1.0" encoding="windows-1252"?>\n<!-- \xa9 Contoso S\xe0rl, r\xe9sum\xe9 -->\n<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Duende.IdentityServer">\n      <Version>6.0.0</Version>\n    </PackageReference>\n    <PackageReference\n        Include="Duende.IdentityServer.AspNetIdentity">\n      <Version>\t6.0.0\t</Version>\n    </PackageReference>\n  </ItemGroup>\n</Project>'
case('migrate-version-element', 'Version element in a windows-1252 project file',
     {'Idp.csproj': elem}, {'Idp.csproj': elem.replace(b'6.0.0', b'6.1.0')},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.1.0\n',
     COMPARE + "assert log.contains('Updated Idp.csproj')\n")

# 3. central package management with a VersionOverride
cpm = b'<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include="Duende.IdentityServer" Version="6.0.0" />\n    <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="6.0.0" />\n    <PackageVersion Include="Serilog.AspNetCore" Version="6.0.0" />\n  </ItemGroup>\n</Project>\n'
idp = b'<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Duende.IdentityServer" />\n    <PackageReference Include="Duende.IdentityServer.EntityFramework" />\n    <PackageReference Include="Serilog.AspNetCore" />\n  </ItemGroup>\n</Project>\n'
adm = b'<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Duende.IdentityServer.EntityFramework" VersionOverride="6.0.0" />\n  </ItemGroup>\n</Project>\n'
case('migrate-cpm', 'PackageVersion in Directory.Packages.props plus a VersionOverride',
     {'Directory.Packages.props': cpm, 'src/Idp/Idp.csproj': idp, 'src/Admin/Admin.csproj': adm},
     {'Directory.Packages.props': cpm.replace(b'IdentityServer" Version="6.0.0"', b'IdentityServer" Version="6.1.0"').replace(b'EntityFramework" Version="6.0.0"', b'EntityFramework" Version="6.1.0"'),
      'src/Idp/Idp.csproj': idp, 'src/Admin/Admin.csproj': adm.replace(b'6.0.0', b'6.1.0')},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.1.0\n',
     COMPARE + "assert log.contains('Updated Directory.Packages.props')\nassert log.contains('Updated src/Admin/Admin.csproj')\nassert !log.contains('Updated src/Idp/Idp.csproj')\n")

# 4. property in Directory.Build.props, referenced from CPM and a project (like the shipped sample)
props = b'<Project>\r\n  <PropertyGroup>\r\n    <Nullable>enable</Nullable>\r\n    <!-- One place decides the IdentityServer version. -->\r\n    <DuendeVersion>6.0.0</DuendeVersion>\r\n  </PropertyGroup>\r\n</Project>'
pcpm = b'<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include="Duende.IdentityServer" Version="$(DuendeVersion)" />\n    <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="$(DuendeVersion)" />\n  </ItemGroup>\n</Project>\n'
pidp = b'<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Duende.IdentityServer" />\n    <PackageReference Include="Duende.IdentityServer.EntityFramework" />\n  </ItemGroup>\n</Project>\n'
case('migrate-property', 'MSBuild property in Directory.Build.props; $(DuendeVersion) references stay references',
     {'Directory.Build.props': props, 'Directory.Packages.props': pcpm, 'src/Idp/Idp.csproj': pidp},
     {'Directory.Build.props': props.replace(b'6.0.0', b'6.1.0'), 'Directory.Packages.props': pcpm, 'src/Idp/Idp.csproj': pidp},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.1.0\n',
     COMPARE + "assert log.contains('Updated Directory.Build.props')\nassert !log.contains('Updated Directory.Packages.props')\n")

# 5. dry run
case('migrate-dry-run', 'dry run: patch written, sources untouched',
     {'Directory.Packages.props': cpm, 'src/Idp/Idp.csproj': idp},
     {'Directory.Packages.props': cpm, 'src/Idp/Idp.csproj': idp},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.1.0 -Dduende.dryRun=true\n',
     COMPARE + '''Path patch = base.resolve('target/duende/migrate.patch')
assert Files.exists(patch)
assert Arrays.equals(Files.readAllBytes(base.resolve('migrate.patch.expected')), Files.readAllBytes(patch)) : 'patch differs'
assert log.contains('--- a/Directory.Packages.props')
assert log.contains('Dry run: nothing written')
''')
patch = (b'--- a/Directory.Packages.props\n+++ b/Directory.Packages.props\n@@ -3,8 +3,8 @@\n'
         b'     <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n   </PropertyGroup>\n   <ItemGroup>\n'
         b'-    <PackageVersion Include="Duende.IdentityServer" Version="6.0.0" />\n'
         b'-    <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="6.0.0" />\n'
         b'+    <PackageVersion Include="Duende.IdentityServer" Version="6.1.0" />\n'
         b'+    <PackageVersion Include="Duende.IdentityServer.EntityFramework" Version="6.1.0" />\n'
         b'     <PackageVersion Include="Serilog.AspNetCore" Version="6.0.0" />\n   </ItemGroup>\n </Project>\n')
w(os.path.join(root, 'migrate-dry-run', 'migrate.patch.expected'), patch)

# 6. refused downgrade
v61 = app.replace(b'6.0.0"', b'6.1.0"')
case('migrate-refused-downgrade', 'a downgrade is refused and nothing is written',
     {'src/Idp/Idp.csproj': v61, 'src/Idp.Data/Idp.Data.csproj': data.replace(b'6.0.0', b'6.1.0')},
     {'src/Idp/Idp.csproj': v61, 'src/Idp.Data/Idp.Data.csproj': data.replace(b'6.0.0', b'6.1.0')},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.0.0\ninvoker.buildResult = failure\n',
     COMPARE + "assert log.contains('Migration refused, nothing written:')\nassert log.contains('DOWNGRADE src/Idp')\nassert !Files.exists(base.resolve('target/duende/migrate.patch'))\n")

# 7. read-only file
case('migrate-read-only', 'one read-only file: error naming it, no file changed',
     {'Directory.Packages.props': cpm, 'src/Admin/Admin.csproj': adm, 'src/Idp/Idp.csproj': idp},
     {'Directory.Packages.props': cpm, 'src/Admin/Admin.csproj': adm, 'src/Idp/Idp.csproj': idp},
     'invoker.goals = ' + GOAL + ' -Dduende.targetVersion=6.1.0\ninvoker.buildResult = failure\n',
     COMPARE + '''assert log.contains('src/Admin/Admin.csproj: file is read-only; nothing was changed')
''',
     setup='''import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// Read-only by mode bits. The plugin checks the owner-write bit itself, so this holds even for root,
// whom the kernel would let write anyway. Directory.Packages.props sorts first and would be written
// first: the check happens before any write, so it must stay untouched too.
def file = basedir.toPath().resolve('repo/src/Admin/Admin.csproj')
Files.setPosixFilePermissions(file, PosixFilePermissions.fromString('r--r--r--'))
true
''')

# 8. no POM at all: a .NET repository as users have it; dry run first, then the real run
d = os.path.join(root, 'migrate-no-pom')
nopom = b'<Project Sdk="Microsoft.NET.Sdk.Web">\r\n  <PropertyGroup>\r\n    <TargetFramework>net6.0</TargetFramework>\r\n  </PropertyGroup>\r\n  <ItemGroup>\r\n    <PackageReference Include="Duende.IdentityServer" Version="6.0.0" />\r\n  </ItemGroup>\r\n</Project>\r\n'
w(os.path.join(d, 'src/Idp/Idp.csproj'), nopom)
w(os.path.join(d, 'expected/src/Idp/Idp.csproj'), nopom.replace(b'6.0.0', b'6.1.0'))
w(os.path.join(d, 'invoker.properties'), '# No pom.xml: the goal runs in the .NET repository itself; expected/ is excluded from the scan.\n'
  'invoker.goals.1 = ' + GOAL + ' -Dduende.targetVersion=6.1.0 -Dduende.excludes=expected/** -Dduende.dryRun=true\n'
  'invoker.goals.2 = ' + GOAL + ' -Dduende.targetVersion=6.1.0 -Dduende.excludes=expected/**\n')
w(os.path.join(d, 'verify.groovy'), '''import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
assert !Files.exists(base.resolve('pom.xml'))
Path expected = base.resolve('expected')
Files.walk(expected).filter { Files.isRegularFile(it) }.each { Path e ->
    Path actual = base.resolve(expected.relativize(e).toString())
    assert Arrays.equals(Files.readAllBytes(e), Files.readAllBytes(actual)) : "${actual} differs from ${e}"
}
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('Dry run: nothing written.')
assert log.contains('[INFO] -  <ItemGroup>') || log.contains('[INFO] -    <PackageReference Include="Duende.IdentityServer" Version="6.0.0" />')
assert log.contains('Updated src/Idp/Idp.csproj')
Path patch = base.resolve('target/duende/migrate.patch')
assert Files.exists(patch) : 'the dry run writes its patch under the scanned root without a POM'
assert new String(Files.readAllBytes(patch), 'UTF-8').contains('+++ b/src/Idp/Idp.csproj')
''')
