// The OSV database on the loopback address: the first download is good, the second is not a zip,
// the third is cut short. verify.groovy stops it.
def osv = evaluate(new File(basedir, '../../../src/it/lib/osv-server.groovy'))(basedir, ['good', 'corrupt', 'cut'])
System.properties['devflow.it.osv.audit-passes-corrupt-download-keeps-cache'] = osv
true
