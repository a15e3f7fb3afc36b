String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('DOWNGRADE src/Idp/Idp.csproj:6: Idp.csproj [net8.0] uses 7.1.0, newer than the target 7.0.0; Duende schemas cannot be downgraded')
assert log.contains('[INFO] Upgrade path 7.1.0 -> 7.0.0: 0 steps')
assert log.contains('BUILD FAILURE')
