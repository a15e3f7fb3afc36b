String log = new File(basedir, 'build.log').getText('UTF-8')
// P20 is the first value longer than the limit of one expanded value (2^21 characters).
def error = log.readLines().find { it.contains('Idp.csproj:25: expanding ') }
assert error != null : log
assert error.contains("'\$(P21)\$(P21)' produces more than 1048576 characters")
assert error.length() < 400
assert !log.contains('OutOfMemoryError')
assert !log.contains('StackOverflowError')
assert !log.contains('\tat ')
