# One image per side of the ledger, for the scale-out deployment in docker-compose.yml:
#   docker build --build-arg MODULE=command-side .   (or query-side, or ledger-launcher for the all-in-one)
ARG MODULE=ledger-launcher

FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
# the runnable jar: a side's "-exec" jar, or the launcher's own (ls sorts "-exec.jar" first)
RUN mvn -B -q -DskipTests -pl ${MODULE} -am package \
 && cp "$(ls ${MODULE}/target/*-exec.jar ${MODULE}/target/*.jar 2>/dev/null | head -n 1)" /ledger.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger
USER ledger
COPY --from=build /ledger.jar /app/ledger.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/ledger.jar"]
