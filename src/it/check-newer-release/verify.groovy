String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] NEWER_THAN_CATALOG src/Admin/Admin.csproj:6: 8.0.4 is not in this plugin\'s catalog; planned as a release of line 8.0 (schema generation 8.0)')
assert log.count('NEWER_THAN_CATALOG') == 1
assert log.contains('[WARNING] AHEAD_OF_CATALOG: the project declares 8.0.4, newer than 8.0.3, the newest stable release this plugin knows')
assert !log.contains('DOWNGRADE')
assert !log.contains('CURRENT_UNKNOWN')
assert log.contains('BUILD SUCCESS')
