// Shared by the check scenarios' verify.groovy (evaluated from src/it, so it works whichever
// scenarios run): the JSON Schema (draft-07) that the plugin jar ships for report.json, and a
// validator for the keywords it uses. A keyword it does not know fails, rather than passing
// unchecked, so a schema that grows new constraints is noticed here.
import groovy.json.JsonSlurper

import java.util.regex.Pattern

// Words that only describe; they constrain nothing.
def annotations = ['$schema', '$id', '$comment', 'title', 'description', 'definitions', '$defs', 'examples', 'default'] as Set

// The schema as the installed plugin jar ships it (null when the jar has none).
def shippedSchema = { File localRepository, String version ->
    def jar = new File(localRepository, "dev/devflow/devflow-maven-plugin/$version/devflow-maven-plugin-${version}.jar")
    assert jar.isFile() : "no plugin jar at $jar"
    def zip = new java.util.zip.ZipFile(jar)
    try {
        def entry = zip.getEntry('dev/devflow/report/report.schema.json')
        entry == null ? null : new JsonSlurper().parse(zip.getInputStream(entry), 'UTF-8')
    } finally {
        zip.close()
    }
}

def isType = { Object value, String type ->
    switch (type) {
        case 'object': return value instanceof Map
        case 'array': return value instanceof List
        case 'string': return value instanceof String
        case 'boolean': return value instanceof Boolean
        case 'null': return value == null
        case 'number': return value instanceof Number
        case 'integer': return value instanceof Integer || value instanceof Long || value instanceof BigInteger ||
                (value instanceof BigDecimal && value.stripTrailingZeros().scale() <= 0)
        default: throw new IllegalArgumentException("unknown type '$type' in the schema")
    }
}

// Every violation of schema by value, as 'path: problem'; root resolves '#/...' references.
def validate
validate = { Object value, Map schema, Map root, String path ->
    List<String> errors = []
    schema.each { String keyword, Object rule ->
        if (keyword in annotations) {
            return
        }
        switch (keyword) {
            case '$ref':
                assert rule.startsWith('#/') : "only local references are supported: $rule"
                Map target = rule.substring(2).split('/').inject(root) { node, part -> node[part] }
                assert target != null : "unresolved reference $rule"
                errors += validate(value, target, root, path)
                break
            case 'type':
                def types = rule instanceof List ? rule : [rule]
                if (!types.any { isType(value, it) }) {
                    errors << "$path: ${value == null ? 'null' : value.getClass().simpleName} is not $rule"
                }
                break
            case 'const':
                if (value != rule) {
                    errors << "$path: $value is not the constant $rule"
                }
                break
            case 'enum':
                if (!rule.contains(value)) {
                    errors << "$path: $value is not one of $rule"
                }
                break
            case 'required':
                if (value instanceof Map) {
                    rule.findAll { !value.containsKey(it) }.each { errors << "$path: '$it' is missing" }
                }
                break
            case 'properties':
                if (value instanceof Map) {
                    rule.each { String name, Map sub ->
                        if (value.containsKey(name)) {
                            errors += validate(value[name], sub, root, "$path.$name")
                        }
                    }
                }
                break
            case 'additionalProperties':
                if (value instanceof Map) {
                    def extra = value.keySet() - (schema.properties ?: [:]).keySet()
                    extra.each { name ->
                        if (rule == false) {
                            errors << "$path: '$name' is not allowed"
                        } else if (rule instanceof Map) {
                            errors += validate(value[name], rule, root, "$path.$name")
                        }
                    }
                }
                break
            case 'items':
                if (value instanceof List) {
                    value.eachWithIndex { item, i -> errors += validate(item, rule, root, "$path[$i]") }
                }
                break
            case 'minItems':
                if (value instanceof List && value.size() < rule) {
                    errors << "$path: fewer than $rule items"
                }
                break
            case 'minProperties':
                if (value instanceof Map && value.size() < rule) {
                    errors << "$path: fewer than $rule properties"
                }
                break
            case 'maxProperties':
                if (value instanceof Map && value.size() > rule) {
                    errors << "$path: more than $rule properties"
                }
                break
            case 'minimum':
                if (value instanceof Number && value < rule) {
                    errors << "$path: $value < $rule"
                }
                break
            case 'maximum':
                if (value instanceof Number && value > rule) {
                    errors << "$path: $value > $rule"
                }
                break
            case 'minLength':
                if (value instanceof String && value.length() < rule) {
                    errors << "$path: shorter than $rule"
                }
                break
            case 'pattern':
                if (value instanceof String && !Pattern.compile(rule).matcher(value).find()) {
                    errors << "$path: '$value' does not match $rule"
                }
                break
            default:
                throw new IllegalArgumentException("report.schema.json uses '$keyword', which ReportSchema.groovy" +
                        " does not check yet: add it there")
        }
    }
    errors
}

// Asserts that report (a parsed report.json) is valid against the schema the plugin ships; returns
// false, checking nothing, when the jar ships none.
return { Object report, File localRepository, String version ->
    def schema = shippedSchema(localRepository, version)
    if (schema == null) {
        return false
    }
    def errors = validate(report, schema, schema, '$')
    assert errors.isEmpty() : 'report.json does not match report.schema.json:\n' + errors.join('\n')
    true
}
