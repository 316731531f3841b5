import { SpanStatusCode, trace } from '@opentelemetry/api';
import { APP_VERSION } from '../../common/app-version.js';

const tracer = trace.getTracer('medchat.agent-graph', APP_VERSION);

/**
 * A graph node run inside a span named after the node, made active so the LLM, STT and MongoDB
 * calls it makes become its children. Costs one no-op call per node when tracing is off.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any node signature LangGraph accepts
export function tracedNode<Node extends (...args: any[]) => any>(name: string, node: Node): Node {
  const traced = (...args: Parameters<Node>) =>
    tracer.startActiveSpan(name, { attributes: { 'medchat.graph.node': name } }, async (span) => {
      try {
        return await node(...args);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
  return traced as Node;
}
