package io.frontdesk.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Which packs {@link FrontdeskFixture} names for a test: the outer classes' first, then its class's, then its own. */
final class Fixtures {

    private Fixtures() {
    }

    static List<String> named(ExtensionContext context) {
        List<String> packs = new ArrayList<>();
        context.getTestClass().ifPresent(testClass -> {
            for (Class<?> c : outermostFirst(testClass)) {
                FrontdeskFixture onClass = annotation(c, FrontdeskFixture.class);
                if (onClass != null) {
                    packs.addAll(List.of(onClass.value()));
                }
            }
        });
        context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, FrontdeskFixture.class))
                .ifPresent(onMethod -> packs.addAll(List.of(onMethod.value())));
        return packs;
    }

    /** On the class or a superclass (the annotations are {@code @Inherited}), or meta-present. */
    static <A extends Annotation> A annotation(Class<?> type, Class<A> annotation) {
        return AnnotationSupport.findAnnotation(type, annotation).orElse(null);
    }

    /** A @Nested class is an inner class: its enclosing test classes come first. */
    private static Deque<Class<?>> outermostFirst(Class<?> testClass) {
        Deque<Class<?>> classes = new ArrayDeque<>();
        for (Class<?> c = testClass; c != null; c = Modifier.isStatic(c.getModifiers()) ? null
                : c.getEnclosingClass()) {
            classes.addFirst(c);
        }
        return classes;
    }
}
