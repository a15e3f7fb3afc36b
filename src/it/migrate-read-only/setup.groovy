import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// Read-only by mode bits. The plugin checks the owner-write bit itself, so this holds even for root,
// whom the kernel would let write anyway. Directory.Packages.props sorts first and would be written
// first: the check happens before any write, so it must stay untouched too.
def file = basedir.toPath().resolve('repo/src/Admin/Admin.csproj')
Files.setPosixFilePermissions(file, PosixFilePermissions.fromString('r--r--r--'))
true
