// The OSV database on the loopback address (src/it/lib/osv-server.groovy); verify.groovy stops it.
def osv = evaluate(new File(basedir, '../../../src/it/lib/osv-server.groovy'))(basedir)
System.properties['devflow.it.osv.audit-fails-baseline-critical'] = osv
true
