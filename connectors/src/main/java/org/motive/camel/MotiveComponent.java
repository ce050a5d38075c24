package org.motive.camel;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code motive:} component: {@code motive:evaluate} decides the contact request in the body.
 * Registered in {@code META-INF/services/org/apache/camel/component/motive}, so putting the
 * connectors jar on the class path is the only step.
 *
 * <pre>{@code
 * from("direct:in").to("motive:evaluate?language=fr").log("${header.MotiveVerdict}");
 * }</pre>
 */
@Component("motive")
public final class MotiveComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (!MotiveEndpoint.EVALUATE.equals(remaining)) {
            throw new IllegalArgumentException("unknown operation '" + remaining + "' in " + uri
                    + ": motive: has only '" + MotiveEndpoint.EVALUATE + "'");
        }
        MotiveEndpoint endpoint = new MotiveEndpoint(uri, this, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
