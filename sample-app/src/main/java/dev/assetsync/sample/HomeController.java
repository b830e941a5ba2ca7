package dev.assetsync.sample;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one page of the app. */
@Controller
class HomeController {

    private final WebJarVersions webJars;

    HomeController(WebJarVersions webJars) {
        this.webJars = webJars;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("webjars", this.webJars);
        return "index";
    }
}
