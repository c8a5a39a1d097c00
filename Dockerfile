# Multi-stage: build with the Maven wrapper, run the jar on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 xinfang && mkdir -p /app/data && chown xinfang /app/data
COPY --from=build /src/target/xinfang-flow-*.jar /app/xinfang-flow.jar
USER xinfang
EXPOSE 8080
# production: SPRING_PROFILES_ACTIVE=postgres with DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, XINFANG_CRYPTO_KEY
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/xinfang-flow.jar"]
