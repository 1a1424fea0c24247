package dev.devflow.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionsTest {

    @TempDir
    Path folder;

    private Path write(String text) throws Exception {
        Path file = folder.resolve("audit-suppressions.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void entriesAreReadWithTheirLines() throws Exception {
        Path file = write("""
                {
                  "suppressions": [
                    {
                      "advisory": "GHSA-599f-7c49-w659",
                      "dependency": "org.apache.commons:commons-text",
                      "reason": "no user input reaches it",
                      "expires": "2027-03-31"
                    },
                    { "advisory": "CVE-2021-44228", "reason": "r", "expires": "2027-01-01" }
                  ]
                }
                """);

        Suppressions suppressions = Suppressions.read(file, ".devflow/audit-suppressions.json");

        assertThat(suppressions.entries()).containsExactly(
                new Suppression("GHSA-599f-7c49-w659", "org.apache.commons:commons-text", "no user input reaches it",
                        LocalDate.of(2027, 3, 31), 3),
                new Suppression("CVE-2021-44228", null, "r", LocalDate.of(2027, 1, 1), 9));
        assertThat(Suppressions.read(folder.resolve("none.json"), "none.json").entries()).isEmpty();
    }

    @Test
    void anEntryWithoutReasonOrExpiryOrWithAnUnknownFieldIsRefusedAtItsLine() throws Exception {
        Path noReason = write("{\"suppressions\": [\n  {\"advisory\": \"GHSA-1\", \"expires\": \"2027-01-01\"}\n]}");
        assertThatThrownBy(() -> Suppressions.read(noReason, "s.json")).hasMessageStartingWith(noReason + ":2: a"
                + " suppression has no \"reason\": every accepted vulnerability needs a reason and a date to look at it"
                + " again.");
        Path misspelt = write("{\"suppressions\": [\n\n  {\"advisory\": \"GHSA-1\", \"reason\": \"r\", \"expiry\":"
                + " \"2027-01-01\"}\n]}");
        assertThatThrownBy(() -> Suppressions.read(misspelt, "s.json"))
                .hasMessageStartingWith(misspelt + ":3: a suppression has the unknown field \"expiry\".");
        Path badDate = write("{\"suppressions\": [{\"advisory\": \"GHSA-1\", \"reason\": \"r\", \"expires\": \"soon\"}]}");
        assertThatThrownBy(() -> Suppressions.read(badDate, "s.json")).hasMessageContaining("expires on 'soon', which"
                + " is not a date. Fix: write it as YYYY-MM-DD");
        Path broken = write("{\"suppressions\": [\n  {\"advisory\": }\n]}");
        assertThatThrownBy(() -> Suppressions.read(broken, "s.json")).hasMessageStartingWith(broken + ":2: is not"
                + " valid JSON");
    }

    @Test
    void aDependencyThatIsEmptyOrAListIsRefusedRatherThanWidenedToAnyPackage() throws Exception {
        Path list = write("{\"suppressions\": [\n  {\"advisory\": \"GHSA-1\", \"dependency\": [\"a:b\", \"c:d\"],"
                + " \"reason\": \"r\", \"expires\": \"2027-01-01\"}\n]}");
        assertThatThrownBy(() -> Suppressions.read(list, "s.json")).hasMessageStartingWith(list + ":2: the suppression"
                + " of GHSA-1 has a \"dependency\" that is not one groupId:artifactId.");
        Path empty = write("{\"suppressions\": [{\"advisory\": \"GHSA-1\", \"dependency\": \"\", \"reason\": \"r\","
                + " \"expires\": \"2027-01-01\"}]}");
        assertThatThrownBy(() -> Suppressions.read(empty, "s.json")).hasMessageContaining("is not one groupId:artifactId");
    }
}
