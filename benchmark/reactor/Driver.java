// Run under the JaCoCo agent by benchmark/reactor.sh, once per module (the agent's includes keep
// that module's classes only), so that each module's coverage gates have real execution data: it
// touches a few classes of the module's library, as a small test suite would. Argument: the module.
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.collections4.CollectionUtils;
import org.apache.commons.collections4.ListUtils;
import org.apache.commons.collections4.bag.HashBag;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.FilenameUtils;
import org.apache.commons.io.IOUtils;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;
import org.apache.commons.text.CaseUtils;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.WordUtils;

public class Driver {
    public static void main(String[] args) throws Exception {
        Object out = switch (args[0]) {
            case "lang3" -> StringUtils.capitalize("devflow") + StringUtils.isBlank(" ")
                    + StringUtils.abbreviate("a long sentence", 8) + NumberUtils.toInt("42")
                    + ArrayUtils.toString(ArrayUtils.add(new int[] {1}, 2));
            case "text" -> StringSubstitutor.replace("${a} and ${b}", Map.of("a", "x", "b", "y"))
                    + WordUtils.capitalizeFully("a long sentence") + CaseUtils.toCamelCase("to camel case", false);
            case "io" -> FilenameUtils.getExtension("a/b.txt") + FilenameUtils.normalize("a/../b/c.txt")
                    + IOUtils.toString(new StringReader("read")) + FileUtils.byteCountToDisplaySize(1 << 20);
            case "collections4" -> {
                HashBag<String> bag = new HashBag<>(List.of("a", "b", "a"));
                yield CollectionUtils.union(List.of(1, 2), List.of(2, 3)) + " " + bag.getCount("a")
                        + ListUtils.partition(List.of(1, 2, 3, 4, 5), 2);
            }
            default -> throw new IllegalArgumentException("no such module: " + args[0]);
        };
        System.out.println(out);
    }
}
