package io.wirewatch.app.eval;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch eval}: measures the judgement (clustering, entities, novelty) on labelled data,
 * with the same code the topology runs. Each measurement is a subcommand.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure wirewatch's judgement on labelled data.",
        subcommands = {
                FeedParsingEval.class,
                NoveltyEval.class,
                EvalEntitiesCommand.class,
                ClusterEvalCommand.class,
        })
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
