package dev.rocky.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of ARCHITECTURE.md, enforced: core <- compiler, planner <- app <- cli,
 * functions; adapters and stores see core only; only the compiler and planner see Calcite; only
 * the AWS store, the Bedrock provider (and the functions) see the AWS SDK. The AI providers, like
 * the adapters, see core only.
 */
class ArchitectureTest {
  private static final String CORE = "dev.rocky.core..";
  private static final String COMPILER = "dev.rocky.compiler..";
  private static final String PLANNER = "dev.rocky.planner..";
  private static final String APP = "dev.rocky.app..";
  private static final String CLI = "dev.rocky.cli..";
  private static final String ADAPTERS = "dev.rocky.adapter..";
  private static final String STORES = "dev.rocky.store..";
  private static final String FUNCTIONS = "dev.rocky.fn..";
  private static final String CATALOG = "dev.rocky.catalog..";
  private static final String TESTKIT = "dev.rocky.testkit..";
  private static final String AI = "dev.rocky.ai..";

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.rocky");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void importsEveryModule() {
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.rocky.core.diagnostic")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.rocky.compiler.dag")).isTrue();
  }

  @Test
  void coreDependsOnNothingOfOurs() {
    check(noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage(COMPILER, PLANNER, APP, CLI, ADAPTERS, STORES, FUNCTIONS, CATALOG, TESTKIT, AI));
  }

  @Test
  void compilerAndPlannerDependOnCoreOnly() {
    check(noClasses().that().resideInAnyPackage(COMPILER, PLANNER).should().dependOnClassesThat()
        .resideInAnyPackage(APP, CLI, ADAPTERS, STORES, FUNCTIONS, CATALOG, TESTKIT, AI));
    check(noClasses().that().resideInAPackage(COMPILER).should().dependOnClassesThat().resideInAPackage(PLANNER));
    check(noClasses().that().resideInAPackage(PLANNER).should().dependOnClassesThat().resideInAPackage(COMPILER));
  }

  @Test
  void appDoesNotReachIntoWiring() {
    check(noClasses().that().resideInAPackage(APP).should().dependOnClassesThat()
        .resideInAnyPackage(CLI, ADAPTERS, STORES, FUNCTIONS, AI));
  }

  @Test
  void adaptersStoresAndCatalogSeeCoreOnly() {
    check(noClasses().that().resideInAnyPackage(ADAPTERS, STORES, CATALOG, AI).should().dependOnClassesThat()
        .resideInAnyPackage(COMPILER, PLANNER, APP, CLI, FUNCTIONS));
  }

  @Test
  void functionsAndCliDoNotDependOnEachOther() {
    check(noClasses().that().resideInAPackage(FUNCTIONS).should().dependOnClassesThat().resideInAPackage(CLI));
    check(noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAPackage(FUNCTIONS));
  }

  @Test
  void onlyTheCompilerAndPlannerSeeCalcite() {
    check(noClasses().that().resideOutsideOfPackages(COMPILER, PLANNER).should().dependOnClassesThat()
        .resideInAPackage("org.apache.calcite.."));
  }

  @Test
  void onlyTheAwsStoreTheBedrockProviderAndFunctionsSeeTheAwsSdk() {
    check(noClasses().that().resideOutsideOfPackages("dev.rocky.store.aws..", "dev.rocky.ai.bedrock..", FUNCTIONS)
        .should().dependOnClassesThat()
        .resideInAnyPackage("software.amazon..", "com.amazonaws.."));
  }

  @Test
  void onlyTheCliExitsTheProcess() {
    check(noClasses().that().resideOutsideOfPackage(CLI).should().callMethod(System.class, "exit", int.class));
  }

  @Test
  void topLevelAreasHaveNoCycles() {
    check(slices().matching("dev.rocky.(*)..").should().beFreeOfCycles());
  }
}
