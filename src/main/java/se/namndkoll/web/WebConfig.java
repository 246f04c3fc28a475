package se.namndkoll.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Spring MVC for the pages: Thymeleaf's templates, the static files, the safety headers. */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
public class WebConfig implements WebMvcConfigurer {

  @Bean
  public SpringTemplateEngine templateEngine() {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(WebConfig.class.getClassLoader());
    templates.setPrefix("web/templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    templates.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(templates);
    return engine;
  }

  @Bean
  public ThymeleafViewResolver viewResolver(SpringTemplateEngine templateEngine) {
    ThymeleafViewResolver views = new ThymeleafViewResolver();
    views.setTemplateEngine(templateEngine);
    views.setCharacterEncoding(StandardCharsets.UTF_8.name());
    views.setContentType("text/html;charset=UTF-8");
    // a page is written whole or not at all: a fault while writing it gives the error page, not half a page
    views.setProducePartialOutputWhileProcessing(false);
    return views;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/static/**").addResourceLocations("classpath:/web/static/");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SecurityHeaders());
  }
}
