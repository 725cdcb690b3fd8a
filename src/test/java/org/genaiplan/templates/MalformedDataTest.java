package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.genaiplan.templates.DataFiles.editing;
import static org.genaiplan.templates.DataFiles.first;
import static org.genaiplan.templates.DataFiles.replacing;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** A broken data file stops the load with one sentence that names the file and the problem. */
class MalformedDataTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> loading(TemplateSource source) {
        return assertThatThrownBy(() -> TemplateCatalog.load(source)).isInstanceOf(TemplateDataException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n")
                        .doesNotContain("org.genaiplan").doesNotContain("com.fasterxml"));
    }

    @Test
    void missingFile() {
        loading(replacing("llm-chatbot.json", null)).hasMessage("llm-chatbot.json is missing from the template data.");
        loading(replacing("catalog.json", null)).hasMessage("catalog.json is missing from the template data.");
    }

    @Test
    void brokenJsonNamesTheLine() {
        String text = DataFiles.shipped("risk-library.json");
        loading(replacing("risk-library.json", text.substring(0, text.length() / 2)))
                .hasMessageStartingWith("risk-library.json: not valid JSON").hasMessageContaining("line ");
        loading(replacing("fragments.json", "{\"fragments\": [ {\"id\": \"x\",, } ]}"))
                .hasMessageStartingWith("fragments.json: not valid JSON").hasMessageContaining("line 1");
    }

    @Test
    void misspelledFieldIsNamedWithItsPath() {
        loading(editing("risk-library.json", first("\"probability\": 3", "\"probabilty\": 3")))
                .hasMessageStartingWith("risk-library.json: unknown field \"probabilty\" at risks[0]");
    }

    @Test
    void wrongValueTypeIsNamedWithItsPath() {
        loading(editing("genai-lifecycle.json", first("\"days\": 3", "\"days\": \"three\"")))
                .hasMessageStartingWith("genai-lifecycle.json: bad value at tasks[0].children[0].days");
        loading(editing("scope-select-adapt.json", first("\"expertise\": \"HIGH\"", "\"expertise\": \"GURU\"")))
                .hasMessageStartingWith("scope-select-adapt.json: bad value at techniques[0].expertise")
                .hasMessageContaining("not \"GURU\"").hasMessageContaining("MEDIUM_HIGH");
    }

    @Test
    void riskRatingsAndStrategiesAreChecked() {
        loading(editing("risk-library.json", first("\"impact\": 4", "\"impact\": 7")))
                .hasMessage("risk-library.json: risk \"data-too-little\" has the impact 7; ratings run from 1 to 5.");
        loading(editing("risk-library.json", first("\"strategy\": \"MITIGATE\"", "\"strategy\": \"HOPE\"")))
                .hasMessageStartingWith("risk-library.json: risk \"data-too-little\" has the strategy \"HOPE\"; use one of");
        loading(editing("risk-library.json", first("\"category\": \"privacy\"", "\"category\": \"privacy-law\"")))
                .hasMessageContaining("has the category \"privacy-law\", which is not in the category list.");
        loading(editing("risk-library.json", first("\"id\": \"data-inconsistent-labels\"", "\"id\": \"data-too-little\"")))
                .hasMessage("risk-library.json: the risk id \"data-too-little\" is used twice.");
        loading(editing("risk-library.json", first("\"mitigation\": \"Inventory", "\"mitigation\": \" \", \"x-old\": \"Inventory")))
                .hasMessageContaining("unknown field \"x-old\"");
    }

    @Test
    void taskKeysMustBeUnique() {
        loading(editing("llm-chatbot.json", first("\"key\": \"data.sourcing.public\"", "\"key\": \"data.sourcing.inventory\"")))
                .hasMessage("llm-chatbot.json: the task key \"data.sourcing.inventory\" is used twice.");
    }

    @Test
    void predecessorsMustResolveAndNotLoop() {
        loading(editing("genai-lifecycle.json", first("\"after\": [\"init.stakeholders\"]", "\"after\": [\"init.stakeholder\"]")))
                .hasMessage("genai-lifecycle.json: task \"init.workshop\" waits for \"init.stakeholder\", which is not a task of this file.");
        loading(editing("genai-lifecycle.json", first("\"key\": \"init.stakeholders\", \"name\": \"Map stakeholders and interview them\", \"days\": 3,",
                "\"key\": \"init.stakeholders\", \"name\": \"Map stakeholders and interview them\", \"days\": 3, \"after\": [\"init.charter\"],")))
                .hasMessageStartingWith("genai-lifecycle.json: the predecessors form a loop: ")
                .hasMessageContaining("init.stakeholders -> init.workshop");
        loading(editing("agile-llm-pilot.json", first("\"after\": [\"s1.land SS+2\"]", "\"after\": [\"s1.land starts+2\"]")))
                .hasMessage("agile-llm-pilot.json: task \"s1.profile\" has the predecessor \"s1.land starts+2\"; write it as \"key\", \"key SS\" or \"key FS+2\".");
        loading(editing("llm-chatbot.json", first("\"after\": [\"data.sourcing.inventory\"]}", "\"after\": [\"data\"]}")))
                .hasMessageContaining("are in the same branch");
    }

    @Test
    void durationsPhasesOwnersAndTechniquesAreChecked() {
        loading(editing("genai-lifecycle.json", first("\"days\": 3", "\"days\": -3")))
                .hasMessage("genai-lifecycle.json: task \"init.stakeholders\" lasts -3.0 days; durations run from 0 to 260 working days.");
        loading(editing("genai-lifecycle.json", first("\"days\": 3, ", "")))
                .hasMessage("genai-lifecycle.json: task \"init.stakeholders\" needs a duration in days (0 for a milestone) or a technique.");
        loading(editing("genai-lifecycle.json", first("\"phase\": \"Initiation & feasibility\",", "")))
                .hasMessage("genai-lifecycle.json: task \"init\" has no phase (set it on the task or on a parent).");
        loading(editing("genai-lifecycle.json", first("\"owner\": \"Project Manager\"", "\"owner\": \"Wizard\"")))
                .hasMessage("genai-lifecycle.json: task \"init.stakeholders\" is owned by \"Wizard\", which is not a role of this file.");
        loading(editing("scope-select-adapt.json", first("\"technique\": \"rlhf\"", "\"technique\": \"rlhf-plus\"")))
                .hasMessage("scope-select-adapt.json: task \"adapt.rlhf\" uses the technique \"rlhf-plus\", which is not in the techniques table.");
        loading(editing("scope-select-adapt.json", first("\"defaultDays\": 15", "\"defaultDays\": 0")))
                .hasMessageContaining("technique \"rlhf\" needs defaultDays between 0 and 260");
    }

    @Test
    void referencesToRolesAndRisksMustResolve() {
        loading(editing("llm-chatbot.json", first("\"roles\": [\"Product Owner\"", "\"roles\": [\"Product Owner\", \"Chief Prompt Officer\"")))
                .hasMessage("llm-chatbot.json: the role \"Chief Prompt Officer\" is not defined in the roles file.");
        loading(editing("llm-chatbot.json", first("{\"risk\": \"pii-in-training-data\"", "{\"risk\": \"pii-everywhere\"")))
                .hasMessage("llm-chatbot.json: the starter risk \"pii-everywhere\" is not in the risk library.");
        loading(editing("fragments.json", first("{\"risk\": \"prompt-injection\", \"tasks\": [\"rt.run\"]}",
                "{\"risk\": \"prompt-injection\", \"tasks\": [\"rt.walk\"]}")))
                .hasMessage("fragments.json (fragment \"red-teaming\"): the risk \"prompt-injection\" links the task \"rt.walk\", which is not a task of this file.");
        loading(editing("roles.json", first("\"exampleRate\": 95", "\"exampleRate\": -95")))
                .hasMessage("roles.json: role \"Product Owner\" needs an exampleRate of zero or more.");
    }

    @Test
    void templateIdsMustBeUnique() {
        loading(editing("agile-llm-pilot.json", first("\"id\": \"agile-llm-pilot\"", "\"id\": \"llm-chatbot\"")))
                .hasMessage("agile-llm-pilot.json: the template id \"llm-chatbot\" is already used by another template.");
    }

    @Test
    void riskLibraryAloneReportsTheSameWay() {
        assertThatThrownBy(() -> RiskLibrary.load(replacing("risk-library.json", "[]"), "risk-library.json"))
                .isInstanceOf(TemplateDataException.class).hasMessageStartingWith("risk-library.json: bad value");
        assertThatThrownBy(() -> RiskLibrary.load(replacing("risk-library.json", "{\"categories\": [], \"risks\": []}"), "risk-library.json"))
                .isInstanceOf(TemplateDataException.class).hasMessage("risk-library.json: there are no risk categories.");
    }
}
