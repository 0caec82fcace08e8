package dev.hisaab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point: wiring only; the picocli command tree does the work. */
@SpringBootApplication
public class HisaabApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(HisaabApplication.class, args)));
    }
}
