// No database: the export's address is a loopback port nothing listens on, and the cache folder
// is empty.
def socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())
int port = socket.localPort
socket.close()
def config = new File(basedir, '.mvn/maven.config')
config.parentFile.mkdirs()
config.setText("-Ddevflow.audit.exportUrl=http://127.0.0.1:${port}/Maven/all.zip\n"
        + "-Ddevflow.audit.cacheDirectory=${new File(basedir, 'osv-cache').absolutePath}\n", 'UTF-8')
true
