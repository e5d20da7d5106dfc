package org.cartledger.launcher;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cartledger.http.input.MultilineText;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every place in a request record where a client's text goes, found by reflection so that a field
 * added later is covered without anyone remembering to list it: string fields, strings in nested
 * records, list elements and map keys. Each slot knows the field path the refusal must name and how
 * to put a value there in a body.
 */
final class RequestTextFields {

    /**
     * @param field     the path the answer's {@code errors} must name (a map key is named by its map)
     * @param multiline whether the field is declared to hold line breaks and tabs
     * @param key       whether the text is a map's key rather than a value
     */
    record Slot(String field, boolean multiline, boolean key, BiConsumer<ObjectNode, String> put) {
    }

    private RequestTextFields() {
    }

    static List<Slot> of(Class<?> request) {
        List<Slot> slots = new ArrayList<>();
        collect(request, "", List.of(), slots);
        return slots;
    }

    private static void collect(Class<?> type, String prefix, List<String> objectPath, List<Slot> slots) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String path = prefix + name;
            boolean multiline = component.isAnnotationPresent(MultilineText.class);
            Class<?> raw = component.getType();
            if (raw == String.class) {
                slots.add(new Slot(path, multiline, false, (body, value) -> at(body, objectPath).put(name, value)));
            } else if (raw.isRecord() && raw.getPackageName().startsWith("org.cartledger")) {
                List<String> deeper = new ArrayList<>(objectPath);
                deeper.add(name);
                collect(raw, path + ".", deeper, slots);
            } else if (List.class.isAssignableFrom(raw) && typeArgument(component.getGenericType(), 0) == String.class) {
                slots.add(new Slot(path + "[2]", multiline, false, (body, value) ->
                        at(body, objectPath).putArray(name).add("Lead one tumor board case").add("Present at journal club").add(value)));
            } else if (Map.class.isAssignableFrom(raw) && typeArgument(component.getGenericType(), 0) == String.class) {
                slots.add(new Slot(path, false, true, (body, value) -> {
                    ObjectNode map = at(body, objectPath).putObject(name);
                    map.put(value, 3);
                }));
            }
        }
    }

    private static ObjectNode at(ObjectNode body, List<String> objectPath) {
        ObjectNode node = body;
        for (String name : objectPath) {
            node = node.get(name) instanceof ObjectNode existing ? existing : node.putObject(name);
        }
        return node;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index] : null;
    }
}
