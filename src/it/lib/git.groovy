// How the scenarios' setup.groovy and verify.groovy run git, kept here once rather than copied
// into each. Invoker runs those scripts in target/it/<scenario>; this folder has no pom.xml, so it
// is not a scenario and is not copied there. A script loads it from the source tree, in its own
// binding, and gets gitIn:
//     def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
//     def git = gitIn(basedir, identity: true)
// gitIn(dir, options) is a closure { List<String> args -> … } that runs git with those arguments
// in dir, waits, asserts that git exited with 0 (the message names the command and has git's
// output) and returns git's standard output as a String. A script whose last line calls it ends
// with `true`: invoker fails a hook script that returns anything but true or null. Options:
//   identity: true      commits by 'devflow IT', unsigned, with no line-ending conversion, whatever
//                       the user's git config says
//   unsignedTags: true  with identity, tags unsigned too
//   bytes: true         standard output as the raw byte[] (for byte-exact comparisons); the
//                       message then has standard error only, read as UTF-8
//   check: false        no assertion: returns [exit code, standard output + standard error]
{ Map options = [:], File dir ->
    def flags = !options.identity ? [] :
            ['-c', 'user.name=devflow IT', '-c', 'user.email=it@devflow.invalid', '-c', 'commit.gpgsign=false'] +
            (options.unsignedTags ? ['-c', 'tag.gpgsign=false'] : []) + ['-c', 'core.autocrlf=false']
    return { List<String> args ->
        def command = ['git'] + flags + args
        def process = command.execute(null, dir)
        if (options.bytes) {
            def out = new ByteArrayOutputStream()
            def err = new ByteArrayOutputStream()
            process.waitForProcessOutput(out, err)
            assert process.exitValue() == 0 : "${command.join(' ')} failed:\n${err.toString('UTF-8')}"
            return out.toByteArray()
        }
        def out = new StringBuilder()
        def err = new StringBuilder()
        process.waitForProcessOutput(out, err)
        if (options.check == false) {
            return [process.exitValue(), out.toString() + err]
        }
        assert process.exitValue() == 0 : "${command.join(' ')} failed:\n$out$err"
        out.toString()
    }
}
