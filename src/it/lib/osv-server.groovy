// An OSV database on the loopback address for the audit scenarios: it serves the Maven export
// (a zip of the advisory records in src/test/resources/audit/osv, built here) at /Maven/all.zip
// with an ETag, answering If-None-Match with 304, and speaks the part of OSV's API devflow uses:
// POST /v1/querybatch (the ids of the records that name each queried package) and
// GET /v1/vulns/{id}. A scenario's setup.groovy starts it:
//     def osv = evaluate(new File(basedir, '../../../src/it/lib/osv-server.groovy'))(basedir)
// and gets [url: 'http://127.0.0.1:port', requests: [...], server: ..., export: the zip's bytes].
// A second argument plans the export's answers, one per download, the last repeated: 'good' (the
// default), 'corrupt' (200 with bytes that are not a zip) or 'cut' (half the zip, the whole length
// announced). The server also stops itself after 10 minutes.
// Its address is written to the scenario's .mvn/maven.config, with a cache folder of its own.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

{ File basedir, List<String> plan = ['good'] ->
    def records = new File(basedir, '../../../src/test/resources/audit/osv').canonicalFile
    assert records.isDirectory() : "no advisory records at $records"
    def texts = records.listFiles().findAll { it.name.endsWith('.json') }.sort { it.name }
            .collectEntries { [(it.name - '.json'): it.getText('UTF-8')] }
    def bytes = new ByteArrayOutputStream()
    new ZipOutputStream(bytes).withCloseable { zip ->
        texts.each { id, text ->
            zip.putNextEntry(new ZipEntry("${id}.json"))
            zip.write(text.getBytes('UTF-8'))
            zip.closeEntry()
        }
    }
    byte[] export = bytes.toByteArray()
    def etag = '"' + export.encodeHex().toString().take(8) + '-' + export.length + '"'
    def answers = Collections.synchronizedList(new ArrayList<String>(plan))
    def requests = Collections.synchronizedList([])
    def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    def send = { exchange, int status, byte[] body ->
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length)
        if (body != null) {
            exchange.responseBody.write(body)
        }
    }
    server.createContext('/') { exchange ->
        def path = exchange.requestURI.path
        requests << "${exchange.requestMethod} $path".toString()
        try {
            if (path == '/Maven/all.zip' && exchange.requestMethod == 'GET') {
                def mode = answers.size() > 1 ? answers.remove(0) : answers[0]
                if (mode == 'corrupt') {
                    send(exchange, 200, 'this is not a zip file'.getBytes('UTF-8'))
                } else if (mode == 'cut') {
                    exchange.responseHeaders.add('ETag', '"cut"')
                    exchange.sendResponseHeaders(200, export.length)
                    exchange.responseBody.write(export, 0, export.length.intdiv(2))
                } else if (exchange.requestHeaders.getFirst('If-None-Match') == etag) {
                    send(exchange, 304, null)
                } else {
                    exchange.responseHeaders.add('ETag', etag)
                    send(exchange, 200, export)
                }
            } else if (path == '/v1/querybatch' && exchange.requestMethod == 'POST') {
                def queries = new JsonSlurper().parse(exchange.requestBody).queries
                def results = queries.collect { query ->
                    def name = '"' + query.package.name + '"'
                    def ids = texts.findAll { id, text -> text.contains(name) }.keySet()
                    ids ? [vulns: ids.collect { [id: it, modified: '2026-01-01T00:00:00Z'] }] : [:]
                }
                send(exchange, 200, JsonOutput.toJson([results: results]).getBytes('UTF-8'))
            } else if (path.startsWith('/v1/vulns/') && texts.containsKey(path - '/v1/vulns/')) {
                send(exchange, 200, texts[path - '/v1/vulns/'].getBytes('UTF-8'))
            } else {
                send(exchange, 404, null)
            }
        } finally {
            exchange.close()
        }
    }
    server.start()
    new Timer(true).schedule({ server.stop(0) } as TimerTask, 10 * 60 * 1000L)
    def url = "http://127.0.0.1:${server.address.port}"
    def config = new File(basedir, '.mvn/maven.config')
    config.parentFile.mkdirs()
    config.setText("-Ddevflow.audit.exportUrl=${url}/Maven/all.zip\n-Ddevflow.audit.apiUrl=${url}\n"
            + "-Ddevflow.audit.cacheDirectory=${new File(basedir, 'osv-cache').absolutePath}\n", 'UTF-8')
    [url: url, requests: requests, server: server, export: export]
}
