// Two clones of one project, clone-a/ and clone-b/: the same pom (this scenario's pom as parent),
// the example project's code and changelog (copied from example/ rather than kept twice), and the
// README's build cache set-up with a remote cache. The remote cache is an HTTP server on the
// loopback address, started here and stopped by verify.groovy, that keeps what is PUT and serves it
// on GET, as a team's cache server (for example a Maven repository manager) does.
import com.sun.net.httpserver.HttpServer
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentHashMap

def example = new File(basedir, '../../../example').toPath().normalize()
assert Files.isDirectory(example) : "no example project at $example"

def stored = new ConcurrentHashMap<String, byte[]>()
def requests = Collections.synchronizedList([])
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    def path = exchange.requestURI.path
    requests << "${exchange.requestMethod} $path".toString()
    try {
        switch (exchange.requestMethod) {
            case 'PUT':
                stored[path] = exchange.requestBody.bytes
                exchange.sendResponseHeaders(201, -1)
                break
            case 'GET':
            case 'HEAD':
                def body = stored[path]
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1)
                } else if (exchange.requestMethod == 'HEAD') {
                    exchange.responseHeaders.add('Content-Length', body.length as String)
                    exchange.sendResponseHeaders(200, -1)
                } else {
                    exchange.sendResponseHeaders(200, body.length)
                    exchange.responseBody.write(body)
                }
                break
            default:
                exchange.sendResponseHeaders(405, -1)
        }
    } finally {
        exchange.close()
    }
}
server.start()
// verify.groovy runs in this JVM: it stops the server and reads what it was asked
System.properties['devflow.it.remoteCache.server'] = server
System.properties['devflow.it.remoteCache.requests'] = requests
def url = "http://127.0.0.1:${server.address.port}/cache"

def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
def pom = '''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.devflow.it</groupId>
    <artifactId>check-passes-build-cache-remote-parent</artifactId>
    <version>1.0.0-SNAPSHOT</version>
  </parent>
  <artifactId>check-passes-build-cache-remote</artifactId>
</project>
'''
def config = new File(basedir, '../../../src/it/check-passes-build-cache/.mvn/maven-build-cache-config.xml').getText('UTF-8')
        .replace('</configuration>', """  <remote enabled="true" id="team-cache">
      <url>$url</url>
    </remote>
  </configuration>""")
['clone-a', 'clone-b'].each { name ->
    def clone = basedir.toPath().resolve(name)
    clone.toFile().deleteDir()
    Files.createDirectories(clone.resolve('.mvn'))
    copy(example.resolve('src'), clone.resolve('src'))
    copy(example.resolve('CHANGELOG.md'), clone.resolve('CHANGELOG.md'))
    Files.writeString(clone.resolve('pom.xml'), pom)
    Files.writeString(clone.resolve('.mvn/maven-build-cache-config.xml'), config)
    Files.copy(new File(basedir, '../../../src/it/check-passes-build-cache/.mvn/extensions.xml').toPath(),
            clone.resolve('.mvn/extensions.xml'))
}
true
