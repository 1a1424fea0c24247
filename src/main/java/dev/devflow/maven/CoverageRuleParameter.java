package dev.devflow.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <rule>} in the coverage goal's {@code <rules>}, in jacoco:check's form, so a
 * jacoco:check configuration can be moved over as it is:
 *
 * <pre>{@code
 * <rule>
 *   <element>PACKAGE</element>
 *   <includes><include>com.acme.*</include></includes>
 *   <limits>
 *     <limit><counter>BRANCH</counter><value>COVEREDRATIO</value><minimum>0.80</minimum></limit>
 *   </limits>
 * </rule>
 * }</pre>
 */
public class CoverageRuleParameter {

    /** BUNDLE (default), PACKAGE, CLASS, SOURCEFILE or METHOD. */
    String element;
    /** Element names the rule applies to, JaCoCo wildcards; default all. */
    List<String> includes = new ArrayList<>();
    /** Element names the rule skips. */
    List<String> excludes = new ArrayList<>();
    /** The limits every matching element must respect. */
    List<CoverageLimitParameter> limits = new ArrayList<>();
}
