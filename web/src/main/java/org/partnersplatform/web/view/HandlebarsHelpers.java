package org.partnersplatform.web.view;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Registers Handlebars' conditional helpers ({@code eq}, {@code and}, ...) that the templates use. */
@Singleton
class HandlebarsHelpers implements BeanCreatedEventListener<Handlebars> {

    @Override
    public Handlebars onCreated(BeanCreatedEvent<Handlebars> event) {
        Handlebars handlebars = event.getBean();
        handlebars.registerHelpers(ConditionalHelpers.class);
        return handlebars;
    }
}
