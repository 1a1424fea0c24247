// Reports an earlier, passing run left behind: a run that stops early must not leave them to stand for it.
def devflow = new File(basedir, 'target/devflow')
devflow.mkdirs()
['report.json', 'report.md', 'devflow.sarif', 'devflow-junit.xml', 'changelog.json'].each {
    new File(devflow, it).text = 'from an earlier run'
}
true
