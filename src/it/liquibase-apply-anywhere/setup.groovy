// The IT runs on the sample the README's first command runs on, so the shipped sample is proven too.
evaluate(basedir.toPath().resolve('../../../src/it/common/copy-sample.groovy').toFile())(basedir)
