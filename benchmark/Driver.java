// Executed under the JaCoCo agent by benchmark/run.sh, so that the coverage gates have real
// execution data for commons-lang3: it touches a few classes, as a small test suite would.
import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.math.NumberUtils;

public class Driver {
    public static void main(String[] args) {
        System.out.println(StringUtils.capitalize("devflow") + StringUtils.isBlank(" ")
                + StringUtils.abbreviate("a long sentence", 8) + NumberUtils.toInt("42")
                + ArrayUtils.toString(ArrayUtils.add(new int[] {1}, 2)));
    }
}
