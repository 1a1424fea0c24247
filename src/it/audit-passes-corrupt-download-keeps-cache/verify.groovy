// A corrupt or cut-short refresh never replaces the good copy: the audit uses it, says so, and no
// half-written file is left in the cache folder.
def osv = System.properties['devflow.it.osv.audit-passes-corrupt-download-keeps-cache']
osv.server.stop(0)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def builds = [all.subList(starts[0], starts[1]), all.subList(starts[1], starts[2]), all.subList(starts[2], all.size())]
assert builds.every { it.contains('[INFO] BUILD SUCCESS') }
assert builds[0].contains('[INFO] devflow audit: passed — 2 dependencies, no known vulnerability')
for (build in builds[1..2]) {
    assert build.contains('[INFO] devflow audit: passed with warnings — 2 dependencies, no known vulnerability')
    assert build.any { it.contains("the OSV database at ${osv.url}/Maven/all.zip could not be refreshed") }
}
assert osv.requests.count('GET /Maven/all.zip') == 3
def cache = new File(basedir, 'osv-cache')
assert new File(cache, 'all.zip').bytes == osv.export
assert cache.list().findAll { !(it in ['all.zip', 'all.properties']) } == []
