package dev.assetsync.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods (and lifecycle methods, constructors) an {@link S3TestServer} parameter: one server per
 * test class, started on first use and closed after the class, {@link S3TestServer#reset() reset} before each
 * test. Create a bucket per test with {@link S3TestServer#createBucket()}.
 */
public final class S3TestServerExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(S3TestServerExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == S3TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** Kept in the class-level store, which JUnit closes (and so stops the server) when the class is done. */
    private static S3TestServer server(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE)
                .computeIfAbsent(S3TestServer.class, type -> S3TestServer.start(), S3TestServer.class);
    }
}
